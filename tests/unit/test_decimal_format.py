"""Numbers for people: English (no translator, as here) keeps the decimal point; the German
comma is tested with the real translation in tests/qgis/test_german_decimals.py."""

from kempten_twin_plugin.i18n import decimal, decimal_separator

NBSP = "\u00a0"


def test_english_keeps_the_point_and_pythons_rounding():
    assert decimal_separator() == "."
    assert decimal(2.35) == "2.35" and decimal(512) == "512.00"
    assert decimal(2.675) == "2.67"  # 2.67499… in binary, rounded as format() rounds
    assert decimal(2.5, 0) == "2" and decimal(3.5, 0) == "4"  # round half to even
    assert decimal(-1.25, 1) == "-1.2" and decimal(-0.001) == "-0.00"
    assert decimal(1234.5678, 1) == "1234.6"  # no grouping unless asked


def test_missing_value_gives_a_dash_or_what_the_caller_wants():
    assert decimal(None) == "–" and decimal(None, 1, none="") == ""


def test_short_form_and_grouping():
    assert decimal(1.5, None) == "1.5" and decimal(2.0, None) == "2"
    assert decimal(1234567.891, 1, grouping=True) == f"1{NBSP}234{NBSP}567.9"
    assert decimal(-1234.5, 1, grouping=True) == f"-1{NBSP}234.5"


def test_forced_separator_for_texts_written_in_german():
    assert decimal(3.14159, 3, separator=",") == "3,142"
    assert decimal(1234.5, 1, grouping=True, separator=",") == f"1{NBSP}234,5"
    assert decimal(3.1, None, separator=",") == "3,1"


def test_numpy_numbers_format_alike():
    import numpy as np

    assert decimal(np.float64(2.35)) == "2.35" and decimal(np.int64(7), 1) == "7.0"


def test_counts_are_grouped_by_a_space_not_by_the_system_locale():
    import locale

    from kempten_twin_plugin.i18n import whole

    before = locale.setlocale(locale.LC_NUMERIC)
    try:
        for name in ("de_DE.UTF-8", "C.UTF-8"):
            try:
                locale.setlocale(locale.LC_NUMERIC, name)
            except locale.Error:
                continue
            assert whole(2000) == f"2{NBSP}000" and whole(12) == "12"
    finally:
        locale.setlocale(locale.LC_NUMERIC, before)
