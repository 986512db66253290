from kempten_twin_plugin.core import catalogues as cat


def test_every_status_is_reachable_from_a_new_report():
    for status in cat.DEFECT_STATUSES:
        path = cat.path_to_status(status)
        assert path[0] == "gemeldet" and path[-1] == status
        for a, b in zip(path, path[1:]):
            assert b in cat.DEFECT_TRANSITIONS[a]


def test_workflow_of_design_md():
    assert cat.path_to_status("behoben") == ["gemeldet", "geprüft", "beauftragt", "in Arbeit",
                                              "behoben"]
    assert cat.DEFECT_TRANSITIONS["behoben"] == ("gemeldet",)  # reopen
    assert set(cat.CLOSED_STATUSES) == {"behoben", "abgelehnt", "Duplikat"}


def test_unknown_status_is_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown defect status"):
        cat.path_to_status("erledigt")
