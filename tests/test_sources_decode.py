import codecs

import pytest

from smartlint.model import LineIndex, Position, SourceError
from smartlint.sources.decode import decode
from smartlint.sources.errors import SourceParseError, SourceProblem, SourceReadError

SWEDISH = "Öka försäljningen med 10 % 🚀\r\nMål två\n"


def test_plain_utf8_keeps_line_endings():
    assert decode(SWEDISH.encode("utf-8")) == SWEDISH


def test_empty_data():
    assert decode(b"") == ""


def test_utf8_bom_is_not_a_character():
    text = decode(codecs.BOM_UTF8 + "Öka".encode())
    assert text == "Öka"
    assert LineIndex(text).position(0) == Position(1, 1)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_wide_encodings_with_bom(bom, codec):
    assert decode(bom + SWEDISH.encode(codec)) == SWEDISH


def test_utf32_le_is_not_mistaken_for_utf16_le():
    data = codecs.BOM_UTF32_LE + "a".encode("utf-32-le")
    assert decode(data) == "a"


def test_nul_byte_means_binary():
    with pytest.raises(SourceReadError) as info:
        decode(b"abc\x00def")
    assert info.value.message == "binary file (NUL byte at offset 3); not linted"
    assert info.value.line is None


def test_nul_offset_counts_the_utf8_bom_bytes():
    with pytest.raises(SourceReadError) as info:
        decode(codecs.BOM_UTF8 + b"a\x00")
    assert info.value.message == "binary file (NUL byte at offset 4); not linted"


def test_utf16_without_bom_is_binary():
    with pytest.raises(SourceReadError, match="NUL byte at offset 1"):
        decode("ab".encode("utf-16-le"))


@pytest.mark.parametrize(
    ("data", "byte", "line", "column"),
    [
        (b"\xffabc", "0xFF", 1, 1),
        (b"ab\ncd\xffx", "0xFF", 2, 3),
        ("å ä".encode() + b"\xfe", "0xFE", 1, 4),
        (b"a\r\nb\rc\xc3(", "0xC3", 3, 2),
        (b"a\r\n\r\n\xe2\x82", "0xE2", 3, 1),
    ],
)
def test_invalid_utf8_names_byte_line_and_column(data, byte, line, column):
    with pytest.raises(SourceReadError) as info:
        decode(data)
    assert info.value.message == f"not valid UTF-8 (byte {byte} at line {line}, column {column})"
    assert info.value.line == line


def test_invalid_utf8_after_bom_counts_columns_without_the_bom():
    with pytest.raises(SourceReadError) as info:
        decode(codecs.BOM_UTF8 + b"ab\x80")
    assert info.value.message == "not valid UTF-8 (byte 0x80 at line 1, column 3)"


def test_truncated_utf16_is_reported():
    with pytest.raises(SourceReadError) as info:
        decode(codecs.BOM_UTF16_LE + b"a\x00b")
    assert info.value.message == "not valid UTF-16LE (bad data at byte offset 4)"


def test_problems_share_a_base_and_become_source_errors():
    read = SourceReadError("broken", 3)
    parse = SourceParseError("bad yaml")
    assert isinstance(read, SourceProblem) and isinstance(parse, SourceProblem)
    assert read.to_error() == SourceError("broken", 3)
    assert parse.to_error() == SourceError("bad yaml", None)
    assert str(read) == "line 3: broken"
    assert str(parse) == "bad yaml"
