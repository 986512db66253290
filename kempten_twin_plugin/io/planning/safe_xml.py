"""Parse XML from outside safely: no DTD, no entities, no network, no huge trees.

Planning files come from architects, portals and e-mail. A DOCTYPE has no business in
XPlanGML or CityGML, so any document with one is refused outright: that stops XXE
(external entities reading local files or URLs) and entity expansion ("billion laughs")
before they start, whatever the parser would have done with them.
"""

from lxml import etree

from ...i18n import tr
from .errors import PlanningImportError


def parser_options():
    return dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                huge_tree=False, remove_comments=True)


def refuse_doctype(docinfo, path):
    if docinfo is not None and (docinfo.doctype or docinfo.internalDTD is not None):
        raise PlanningImportError(tr("{path} contains a DOCTYPE declaration (a possible XXE or "
                                     "entity attack); it was not imported.").format(path=path))


def _refuse_doctype_in_head(path):
    try:
        with open(path, "rb") as f:
            head = f.read(4096).upper()
    except OSError as error:
        raise PlanningImportError(tr("{path} cannot be read: {error}")
                                  .format(path=path, error=error)) from error
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise PlanningImportError(tr("{path} contains a DOCTYPE declaration (a possible XXE or "
                                     "entity attack); it was not imported.").format(path=path))


def parse(path):
    """The root element of the XML file at ``path``; a clear message for bad files."""
    _refuse_doctype_in_head(path)
    parser = etree.XMLParser(**parser_options())
    try:
        tree = etree.parse(path, parser)
    except OSError as error:
        raise PlanningImportError(tr("{path} cannot be read: {error}")
                                  .format(path=path, error=error)) from error
    except etree.XMLSyntaxError as error:
        raise PlanningImportError(tr("{path} is not well-formed XML: {error}")
                                  .format(path=path, error=error)) from error
    refuse_doctype(tree.docinfo, path)
    return tree.getroot()


def iterparse(path, tags):
    """Stream elements with the given (namespaced) tags; the caller clears what it used."""
    _refuse_doctype_in_head(path)
    options = parser_options()
    options.pop("dtd_validation")
    options.pop("remove_comments")
    context = etree.iterparse(path, events=("end",), tag=tags, **options)
    try:
        for _event, element in context:
            yield element
    except etree.XMLSyntaxError as error:
        raise PlanningImportError(tr("{path} is not well-formed XML: {error}")
                                  .format(path=path, error=error)) from error


def local_name(element):
    return etree.QName(element).localname
