"""JSON-LD for credentials: the contexts shipped with the project, and canonicalisation.

Nothing is ever fetched: the document loader serves the two contexts below from files and
refuses every other URL. Canonicalisation is strict: a term that no context defines, or an
identifier that is not an absolute IRI, would be left out of the canonical form and so out of
the signature; we refuse such a document rather than sign (or accept) words nobody signed.
"""

import json
from functools import cache
from pathlib import Path

from cachetools import LRUCache
from pyld import jsonld
from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdError, JsonLdProcessor

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
CONTEXT_FILES = {
    VC_V2_CONTEXT: CONTEXTS_DIR / "credentials-v2.jsonld",
    OB_V3_CONTEXT: CONTEXTS_DIR / "ob-context-3.0.3.json",
}


# Contexts resolved with our loader only (never pyld's shared cache, which other loaders fill).
_resolved_contexts = LRUCache(maxsize=100)


class CanonicalisationError(ValueError):
    """The document cannot be canonicalised as it stands: the message says why."""


@cache
def _context_document(url: str) -> dict:
    return json.loads(CONTEXT_FILES[url].read_text(encoding="utf-8"))


def document_loader(url: str, options=None) -> dict:
    """pyld's document loader: the shipped contexts, and nothing else."""
    if url not in CONTEXT_FILES:
        raise JsonLdError(
            f"Refusing to load {url!r}: only the contexts shipped with the project are used.",
            "jsonld.LoadDocumentError",
            code="loading document failed",
        )
    return {"contextUrl": None, "documentUrl": url, "document": _context_document(url)}


def _options() -> dict:
    return {
        # No base IRI: a relative identifier stays relative (and is refused) instead of being
        # resolved against pyld's placeholder base.
        "base": None,
        "documentLoader": document_loader,
        "contextResolver": ContextResolver(_resolved_contexts, document_loader),
    }


def _refuse_dropped(term):
    raise CanonicalisationError(f"The term {term!r} is not defined by the document's contexts.")


def _check_iris(node):
    """Every @id and @type in an expanded document is an absolute IRI or a blank node."""
    if isinstance(node, list):
        for item in node:
            _check_iris(item)
        return
    if not isinstance(node, dict):
        return
    values = []
    if isinstance(node.get("@id"), str):
        values.append(node["@id"])
    if "@value" not in node:
        types = node.get("@type", [])
        values.extend(types if isinstance(types, list) else [types])
    for value in values:
        if not value.startswith("_:") and ":" not in value:
            raise CanonicalisationError(f"{value!r} is not an absolute IRI.")
    for key, value in node.items():
        if key not in ("@id", "@type", "@value"):
            _check_iris(value)


def canonicalize(document: dict) -> str:
    """The RDFC-1.0 (URDNA2015) canonical N-Quads of a JSON-LD document. Refuses documents
    with terms their contexts do not define, relative identifiers, or contexts not shipped."""
    try:
        processor = JsonLdProcessor(on_property_dropped=_refuse_dropped)
        expanded = processor.expand(document, _options())
        _check_iris(expanded)
        options = {**_options(), "algorithm": "URDNA2015", "format": "application/n-quads"}
        return jsonld.normalize(expanded, options)
    except JsonLdError as error:
        cause = error
        while isinstance(cause, JsonLdError) and cause.__cause__ is not None:
            if isinstance(cause.__cause__, CanonicalisationError):
                raise cause.__cause__ from None
            cause = cause.__cause__
        message = cause.args[0] if cause.args else type(cause).__name__
        raise CanonicalisationError(f"Not valid JSON-LD: {message}") from error
