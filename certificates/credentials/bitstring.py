"""W3C Bitstring Status List v1.0: the list's bits and their `encodedList` form.

Bit 0 is the most significant bit of the first byte. `encodedList` is the GZIP-compressed
bitstring in multibase base64url without padding ("u" prefix). A list has at least 131,072
entries (16 KB), so that fetching it says nothing about which certificate is being checked.
"""

import base64
import gzip

MIN_SIZE = 131_072


def encode(set_indexes, *, size: int = MIN_SIZE) -> str:
    """The encodedList of a list of `size` bits in which `set_indexes` are 1."""
    bits = bytearray(size // 8)
    for index in set_indexes:
        if not 0 <= index < size:
            raise ValueError(f"Index {index} is outside the list of {size} entries.")
        bits[index // 8] |= 0x80 >> (index % 8)
    # mtime=0: the same bits always give the same bytes.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode(encoded_list: str) -> bytes:
    """The bitstring of an encodedList. Raises ValueError for anything else."""
    if not isinstance(encoded_list, str) or not encoded_list.startswith("u"):
        raise ValueError("encodedList must be multibase base64url ('u…').")
    data = encoded_list[1:]
    try:
        compressed = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
        return gzip.decompress(compressed)
    except (ValueError, OSError, EOFError) as error:
        raise ValueError("encodedList is not a GZIP-compressed bitstring.") from error


def bit(bitstring: bytes, index: int) -> bool:
    if not 0 <= index < len(bitstring) * 8:
        raise ValueError(f"Index {index} is outside the list.")
    return bool(bitstring[index // 8] & (0x80 >> (index % 8)))
