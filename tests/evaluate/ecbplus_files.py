"""ECB+ CAT XML files written by hand for the evaluation tests: tokens by sentence, no markables."""

from __future__ import annotations

from pathlib import Path


def write_doc(folder: Path, name: str, sentences: list[list[str]]) -> Path:
    """A document of the given sentences' words, numbered as ECB+ numbers its tokens."""
    tokens, t_id = [], 0
    for number, words in enumerate(sentences):
        for word in words:
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{number}" number="{t_id}">{word}</token>')
    path = folder / f"{name}.xml"
    path.write_text(f'<Document doc_name="{name}.xml">{"".join(tokens)}<Markables/><Relations/></Document>',
                    encoding="utf-8")
    return path
