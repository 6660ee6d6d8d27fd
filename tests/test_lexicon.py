"""The language data files: well-formed, and extendable without restating them."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from claimcheck.lexicon import Lexicon, builtin, merge

DATA_FILES = sorted(p.name[:-5] for p in resources.files("claimcheck.data").iterdir()
                    if p.name.endswith(".yaml"))


def leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from leaves(v)
    else:
        yield value


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_a_mapping_of_tables_without_yaml_surprises(name):
    tables = builtin(name)
    assert isinstance(tables, dict) and tables
    # YAML reads a bare no/yes/on/off as a boolean: a word list must quote them.
    assert not [leaf for leaf in leaves(tables) if isinstance(leaf, bool) or leaf is None]


def test_merge_extends_lists_and_updates_mappings():
    merged = merge({"a": [1, 2], "b": {"x": 1}}, {"a": [2, 3], "b": {"y": 2}})
    assert merged == {"a": [1, 2, 3], "b": {"x": 1, "y": 2}}


def test_extensions_reach_the_tables_and_leave_the_default_alone():
    extended = Lexicon({"synonyms": {"groups": [["walkout", "strike"]]}})
    assert ["walkout", "strike"] in extended.table("synonyms", "groups")
    assert ["walkout", "strike"] not in Lexicon().table("synonyms", "groups")
    assert yaml.safe_dump(Lexicon().tables("synonyms"))  # still plain data


def test_a_lexicon_sent_to_a_worker_shares_the_tables_built_there_for_the_same_tables():
    # Every task of a Dask run unpickles its lexicon anew: the compiled tables are built once
    # a process for each set of tables, not once a task.
    import pickle

    from claimcheck.lexicon import DEFAULT, Lexicon

    arrived = pickle.loads(pickle.dumps(DEFAULT))
    assert arrived is not DEFAULT and arrived.compiled(_probe) is DEFAULT.compiled(_probe)
    extended = Lexicon({"synonyms": {"groups": [["ferry", "boat"]]}})
    first, second = (pickle.loads(pickle.dumps(extended)) for _ in range(2))
    assert first.compiled(_probe) is second.compiled(_probe)
    assert first.compiled(_probe) is not DEFAULT.compiled(_probe)
    assert ["ferry", "boat"] in first.table("synonyms", "groups")


def _probe(lexicon):
    return object()


@pytest.mark.parametrize("forms", [
    ("take", "took", "taken", "takes"),
    ("rise", "rose", "risen", "rises"),
    ("fall", "fell", "fallen"),
    ("strike", "struck"),
    ("flee", "fled"),
])
def test_an_irregular_verbs_forms_are_one_concept(forms):
    from claimcheck.text import concept

    assert len({concept(form) for form in forms}) == 1, {form: concept(form) for form in forms}


# Words that reports use for one thing are one concept (``synonyms.yaml``), so that check finds
# the sentence that says the claim in other words; words of two things stay two.
@pytest.mark.parametrize("words, one", [
    (("explosion", "blast", "exploded"), True),
    (("plane", "aircraft", "jet", "airliner"), True),
    (("individuals", "people"), True),
    (("refused", "rejected"), True),
    (("lawyer", "attorney"), True),
    (("strongest", "biggest", "largest"), True),
    (("arrested", "detained"), False),  # a warrant served and a person held are two acts
    (("earlier", "previous"), False),  # "no earlier than" bounds a date; "previous" names one
])
def test_words_for_one_thing_are_one_concept(words, one):
    from claimcheck.text import concept

    assert (len({concept(w) for w in words}) == 1) is one, {w: concept(w) for w in words}



def test_no_data_file_gives_a_table_twice():
    # YAML keeps the last of two equal keys without a word: a table added twice would silently
    # replace the first, and every reader of it with it.
    import collections
    from pathlib import Path

    import claimcheck

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = [key for key, n in collections.Counter(keys).items() if n > 1]
        assert not repeated, f"{node.start_mark}: {repeated}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    files = sorted((Path(claimcheck.__file__).parent / "data").glob("*.yaml"))
    assert files
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
