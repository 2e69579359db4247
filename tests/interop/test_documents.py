"""The Word and Excel exports read by the tools their recipients use, not by this code: the
Word document opened by python-docx and converted by LibreOffice (headless), the workbook by
openpyxl. The exports are made by the `bpf-survey` command from the test corpus (the same core
and bytes as the synthesis page's downloads); the Markdown export of the same data is the
reference for the headings and quotes every document must carry.

Run by scripts/test.sh with target/interop-venv (python-docx, openpyxl) after `cargo test` has
built target/debug/bpf-survey; BPF_SURVEY names another build of the command.
"""

import csv
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import docx
import openpyxl

ROOT = Path(__file__).resolve().parents[2]
COMMAND = os.environ.get("BPF_SURVEY", str(ROOT / "target/debug/bpf-survey"))
CORPUS = ROOT / "tests/fixtures/corpus-45"
# A named respondent whose every answer begins like a spreadsheet formula.
FORMULAS = ROOT / "tests/fixtures/hostile/spreadsheet-formulas.json"
# Directional isolates around people's words (U+2066-U+2069) and the byte-order mark.
INVISIBLE = re.compile("[\u2066-\u2069\ufeff]")


def plain(text):
    return INVISIBLE.sub("", text).strip()


def xstring(text):
    """A cell's text as Excel reads it: OOXML writes characters XML would not keep (a carriage
    return, say) as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19), which openpyxl leaves as they are."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def markdown_text(line):
    """A Markdown line's text: its backslash escapes undone."""
    return plain(re.sub(r"\\(.)", r"\1", line))


class Exports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = Path(tempfile.mkdtemp(prefix="bpf-interop-"))
        cls.made = {}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def export(self, fmt, lang="en", inputs=(CORPUS,)):
        key = (fmt, lang, tuple(inputs))
        if key not in self.made:
            out = self.dir / f"{len(self.made)}-{lang}.{fmt}"
            args = [COMMAND, "synth", *map(str, inputs), "--format", fmt, "--lang", lang, "--out", str(out)]
            run = subprocess.run(args, capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.made[key] = out
        return self.made[key]

    def reference(self, lang):
        """Headings and quotes of the Markdown export, in order."""
        lines = self.export("md", lang).read_text(encoding="utf-8").splitlines()
        headings = [markdown_text(l.lstrip("#")) for l in lines if re.match(r"#{1,6} ", l)]
        # "> “quote” — who": the quote is the text before its attribution.
        quotes = [markdown_text(l[2:]).rsplit(" — ", 1)[0] for l in lines if l.startswith("> ")]
        return headings, quotes

    def test_word_document_opens_in_python_docx_with_every_heading_and_quote_styled(self):
        for lang in ["en", "fr", "ar"]:
            with self.subTest(lang=lang):
                headings, quotes = self.reference(lang)
                self.assertGreater(len(headings), 20)
                self.assertGreater(len(quotes), 20)
                document = docx.Document(str(self.export("docx", lang)))
                paragraphs = document.paragraphs
                headed = [plain(p.text) for p in paragraphs if p.style.name.startswith("Heading ")]
                quoted = [plain(p.text) for p in paragraphs if p.style.name == "Quote"]
                self.assertEqual(headed, headings)
                self.assertEqual(quoted, quotes)
                self.assertEqual(paragraphs[0].style.name, "Heading 1")
                # The breakdown tables are Word tables, with a header row.
                self.assertGreaterEqual(len(document.tables), 5)
                self.assertGreaterEqual(len(document.tables[0].rows), 2)
                # Arabic is written right to left, and Word is told the language.
                xml = document.element.xml
                if lang == "ar":
                    self.assertIn("w:bidi", xml)
                    self.assertIn('w:bidi="ar', document.styles.element.xml)

    def test_word_document_converts_in_libreoffice_with_its_headings_and_quotes(self):
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        self.assertIsNotNone(soffice, "LibreOffice (scripts/setup.sh installs libreoffice-writer-nogui)")
        for lang in ["en", "ar"]:
            with self.subTest(lang=lang):
                source = self.export("docx", lang)
                out = self.dir / f"lo-{lang}"
                run = subprocess.run(
                    [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{self.dir}/lo-profile",
                     "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(source)],
                    capture_output=True, text=True, timeout=180)
                self.assertEqual(run.returncode, 0, run.stderr)
                converted = out / (source.stem + ".txt")
                self.assertTrue(converted.exists(), run.stdout + run.stderr)
                text = plain(converted.read_text(encoding="utf-8"))
                lines = [plain(l) for l in text.splitlines()]
                headings, quotes = self.reference(lang)
                for heading in headings:
                    self.assertIn(heading, lines)
                for quote in quotes:
                    self.assertIn(quote, text)

    def test_workbook_opens_in_openpyxl_as_the_csv_says_with_formulas_as_text(self):
        inputs = (CORPUS, FORMULAS)
        book = openpyxl.load_workbook(str(self.export("xlsx", inputs=inputs)))
        self.assertEqual(book.sheetnames, ["Responses", "Answers", "Questions", "About"])
        with open(self.export("csv", inputs=inputs), encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
        sheet = [[xstring(c.value or "") for c in row] for row in book["Responses"].iter_rows()]
        self.assertEqual(len(sheet), len(table))
        self.assertEqual(sheet[0], table[0])
        neutralised = 0
        for cells, row in zip(book["Responses"].iter_rows(), table):
            for cell, value in zip(cells, row):
                # No cell is a formula: every one is text, as the respondent wrote it.
                self.assertNotEqual(cell.data_type, "f", cell.coordinate)
                text = xstring(cell.value or "")
                if text.lstrip(" ")[:1] in list("=+-@\t\r＝＋－＠") or value == "'" + text:
                    # What a spreadsheet would run is text in both: in the workbook by a quote
                    # prefix (the value unchanged), in the CSV by a leading apostrophe.
                    self.assertTrue(cell.quotePrefix, f"{cell.coordinate}: {text!r}")
                    self.assertEqual("'" + text, value)
                    neutralised += 1
                else:
                    self.assertFalse(cell.quotePrefix, cell.coordinate)
                    self.assertEqual(text, value, cell.coordinate)
        self.assertGreaterEqual(neutralised, 6)
        answers = [xstring(c.value or "") for row in book["Answers"].iter_rows() for c in row]
        self.assertIn('=HYPERLINK("https://evil.example","x")', answers)


if __name__ == "__main__":
    unittest.main(verbosity=2)
