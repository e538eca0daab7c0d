// The shipped JSON Schema against the app: it compiles in a strict draft 2020-12 validator
// (ajv with `strict: true`, so no custom formats or unknown keywords), and wherever the
// corpus manifest says JSON Schema can tell, it accepts and rejects exactly the files the
// app does (tests/framework_corpus.rs holds the app to the same manifest).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path) => JSON.parse(readFileSync(root + path, "utf8"));
const corpus = "tests/fixtures/corpus/";
const manifest = read(corpus + "manifest.json");

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(read("public/framework.schema.json"));
}

function verdict(validate, path) {
  const ok = validate(read(path));
  return { ok, errors: ajv_errors(validate) };
}

function ajv_errors(validate) {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join("; ");
}

test("the schema compiles in strict mode", () => {
  assert.doesNotThrow(compile);
});

test("where JSON Schema can tell, it agrees with the app on every corpus file", () => {
  const validate = compile();
  const disagreements = [];
  for (const [file, entry] of Object.entries(manifest)) {
    if (!entry.schema_expressible) continue;
    const { ok, errors } = verdict(validate, corpus + file);
    const schema = ok ? "accept" : "reject";
    if (schema !== entry.app) {
      disagreements.push(`${file}: the app says ${entry.app}, the schema ${schema} ${errors}`);
    }
  }
  assert.deepEqual(disagreements, []);
});

test("what the manifest says the schema can't tell, it indeed lets through", () => {
  // Keeps the manifest honest: once the schema learns to reject one of these, mark it expressible.
  const validate = compile();
  for (const [file, entry] of Object.entries(manifest)) {
    if (entry.schema_expressible) continue;
    assert.ok(validate(read(corpus + file)), `${file} is rejected by the schema: mark it "schema_expressible": true`);
  }
});

test("the corpus tries both verdicts and marks what the schema can't say", () => {
  const entries = Object.values(manifest);
  assert.ok(entries.some((e) => e.app === "accept" && e.schema_expressible));
  assert.ok(entries.filter((e) => e.app === "reject" && e.schema_expressible).length >= 20);
  assert.ok(entries.some((e) => !e.schema_expressible), "some defects only the app can find");
});

test("the default framework and every format-2 fixture pass the schema", () => {
  const validate = compile();
  const format2 = "tests/fixtures/format2/";
  const files = [
    "public/framework.json",
    "tests/fixtures/minimal.json",
    ...(existsSync(root + format2)
      ? readdirSync(root + format2).filter((f) => f.endsWith(".json")).map((f) => format2 + f)
      : []),
  ];
  for (const file of files) {
    const { ok, errors } = verdict(validate, file);
    assert.ok(ok, `${file}: ${errors}`);
  }
});
