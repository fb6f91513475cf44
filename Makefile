# digest: the two commands a newcomer needs are `make serve` and `make test`; each installs what it
# lacks first (scripts/ensure-tools.sh), and is quick when everything is there.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve test tools build build-learn build-limits screenshot publish test-live check-content test-native test-schema lint test-browser test-published test-e2e check-sizes sizes bench bench-content schema

## Serve the app with the bundled sample content on http://127.0.0.1:8080 (rebuilds on change).
serve: tools
	trunk serve

## Run every test: content check, native unit tests, schema tests, lints, browser component tests,
## what the release build publishes read by real clients, end-to-end tests against the release build.
test: tools check-content test-native test-schema lint test-browser build check-sizes test-published test-live test-e2e

tools:
	@bash scripts/ensure-tools.sh

## Release build into dist/ (the content command runs as a Trunk hook), with pre-compressed files.
build: tools
	trunk build --release
	node scripts/precompress.mjs dist

## An operator's site: make publish CONTENT=<content folder> OUT=<folder> SITE=<https://your.site>
## (the release app built once, the content published incrementally, compressed copies of what changed).
publish: tools
	bash scripts/publish.sh "$(CONTENT)" "$(OUT)" "$(SITE)"

# The publisher is a workspace of its own (crates/publish): it renders the app's components with
# Leptos's ssr, which no command of the app's workspace may ever select.
PUBLISH := --manifest-path crates/publish/Cargo.toml

check-content:
	cargo run --quiet $(PUBLISH) --bin digest-content -- check content

## The JSON Schemas in docs/schema/, from the model's types.
schema:
	cargo run --quiet $(PUBLISH) --bin digest-content -- schema docs/schema

test-native:
	cargo test --workspace
	cargo test $(PUBLISH)

test-schema:
	node --test tests/schema/

lint:
	node scripts/check-cycles.mjs src crates/model/src crates/ui/src crates/publish/src
	node scripts/check-workspaces.mjs
	cargo fmt --all --check
	cargo fmt $(PUBLISH) --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy $(PUBLISH) --all-targets -- -D warnings
	cargo clippy --package digest-app --target wasm32-unknown-unknown --all-targets -- -D warnings

test-browser:
	cargo test --package digest-app --target wasm32-unknown-unknown

## A second release build, for the example host site's sub-path (tests/e2e/embed.spec.mjs), whose
## address is the example host's in the e2e suite (its port is E2E_PORT + 6: playwright.config.mjs).
E2E_PORT ?= 8090
build-learn: tools
	DIGEST_SITE_URL=http://127.0.0.1:$(shell echo $$(($(E2E_PORT) + 6)))/learn/ai-news trunk build --release --public-url /learn/ai-news/ --dist target/dist-learn

## What we publish, read by the clients that read it in the world: the Nu HTML Checker on every built
## page (both builds), feedparser, a JSON Feed 1.1 parser and extruct (tests/published/); and the
## benchmark's floors, made from the built pages, hold no script or preload (tests/bench/).
test-published: build-learn
	java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html dist target/dist-learn
	DIST=dist target/py/bin/python -m pytest --quiet --no-header -p no:cacheprovider tests/published
	DIST=dist node --test tests/bench/ tests/scripts/

## A copy of the release build that also holds an article at the schema's limits (every list full,
## the longest texts), for the tests of pages read without the app (tests/e2e/whole.spec.mjs).
build-limits: build
	node tests/e2e/limits-content.mjs target/content-limits
	rm -rf target/dist-limits
	cp -r dist target/dist-limits
	cargo run --quiet --release $(PUBLISH) --bin digest-content -- publish --no-cache --offline target/content-limits target/dist-limits

## Publishing again into a folder nginx serves while readers read it (tests/published/live-publish.mjs).
test-live: build
	cargo build --quiet --release $(PUBLISH) --bin digest-content --bin digest-synth
	node tests/published/live-publish.mjs 1000

test-e2e: build-learn build-limits
	playwright test --config tests/e2e/playwright.config.mjs

## The start module and each chunk of the release build, in brotli bytes, against bench/sizes.json.
check-sizes: build
	node scripts/check-sizes.mjs dist

## Sizes of the release build's wasm, JS and CSS, raw and compressed.
sizes: tools
	node scripts/bench.mjs --sizes

## The benchmark: sizes, first-visit bytes, Lighthouse beside a static floor, card-to-article time,
## checked against the budgets; appends to bench/history.jsonl (docs/performance.md).
## The idle work at the schema's limits first (scripts/bench-idle.mjs, on the limits build).
bench: tools build-limits
	node scripts/bench-idle.mjs
	node scripts/bench.mjs

## The README's picture (docs/screenshot-article.png), from a fresh release build.
screenshot: build
	node scripts/screenshot.mjs

## The content command at 12, 1,000 and 10,000 articles.
bench-content:
	bash scripts/bench-content.sh
