"""The exceptions dossier raises. Each message says what failed, on which input, and what to do."""


class DossierError(Exception):
    """Base class: the CLI turns it into a one-line message and a non-zero exit."""


class DocumentNotFound(DossierError):
    pass


class EventNotFound(DossierError):
    pass


class EntityNotFound(DossierError):
    """No entity has the requested id (ids change when a build re-resolves entities)."""


class IngestError(DossierError):
    """An input could not be read as an article (binary, empty, undecodable, unreachable)."""


class UnsafeURL(IngestError):
    """A URL points at a loopback, private or link-local address and private fetching is off."""


class ExtractionFailed(DossierError):
    pass


class UnsupportedLanguage(DossierError):
    pass


class SchemaOutOfDate(DossierError):
    pass


class ModelNotAvailable(DossierError):
    pass


class BenchmarkError(DossierError):
    """A benchmark name is unknown or its files are not where the path says."""


class PermissionDenied(DossierError):
    pass
