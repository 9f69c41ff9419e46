// End-to-end test of the dashboard in real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core): starts `sitrep serve --demo`,
// checks the map draws the oblast shapes and event points, clicks an event and sees
// its evidence highlighted, proves report text is shown as text (a report with a
// <script> tag), checks filters go into the URL, and saves a screenshot to
// target/e2e/dashboard.png.
//
// Run: cargo build --release -p sitrep-cli && (cd e2e && npm ci && npm test)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = process.env.SITREP_BIN || join(ROOT, "target/release/sitrep");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const TOKEN = "e2e-token";
const SHOT = join(ROOT, "target/e2e/dashboard.png");

let server, base, browser, page;
const outside = [];
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} missing: run cargo build --release -p sitrep-cli first`);
  server = spawn(BIN, ["serve", "--demo", "--addr", "127.0.0.1:0", "--token", TOKEN, "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
  base = await new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 60000);
    server.stderr.on("data", d => {
      err += d;
      const m = err.match(/http:\/\/(127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(`http://${m[1]}`); }
    });
    server.on("exit", code => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("request", r => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) outside.push(r.url()); });
  page.on("pageerror", e => pageErrors.push(String(e)));
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill("SIGTERM");
});

test("the map draws oblast shapes and event points", async () => {
  await page.goto(base + "/");
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  const shapes = await page.locator("#oblasts path").count();
  assert.ok(shapes >= 27, `expected 27 oblast shapes, got ${shapes}`);
  const points = await page.locator("#points circle").count();
  assert.ok(points > 0, "no event points on the map");
  const rows = await page.locator("#events tbody tr").count();
  assert.ok(rows > 0, "empty event table");
  // the choropleth shades at least one oblast
  const shaded = await page.locator("#oblasts path:not([fill='#e8eaed'])").count();
  assert.ok(shaded > 0, "no oblast shaded");
  const bars = await page.locator("#timeline rect").count();
  assert.ok(bars > 0, "empty timeline");
});

test("clicking an event point shows its report with highlighted evidence", async () => {
  // a point of an event with a killed or injured figure, if any
  const id = await page.evaluate(() => {
    const c = [...document.querySelectorAll("#points circle")];
    return (c.find(x => Number(x.getAttribute("r")) > 4) || c[0]).dataset.id;
  });
  await page.locator(`#points circle[data-id='${id}']`).dispatchEvent("click");
  await page.waitForSelector("#detail:not([hidden]) .report mark", { timeout: 10000 });
  const marks = await page.locator("#detail .report mark").count();
  assert.ok(marks > 0, "no highlighted evidence");
  const fields = await page.locator("#detail .report mark").evaluateAll(ms => ms.map(m => m.dataset.fields));
  assert.ok(fields.some(f => /place/.test(f)), `no place evidence among ${fields}`);
  assert.ok(new URL(page.url()).searchParams.get("event") === id, "selected event not in the URL");
  mkdirSync(dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT, fullPage: true });
});

test("filters are reflected in the URL and restored from it", async () => {
  await page.selectOption("select[name=oblast]", "Kharkiv Oblast");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("oblast") === "Kharkiv Oblast");
  await page.waitForSelector("body[data-ready='1']");
  const url = page.url();
  const p2 = await browser.newPage();
  await p2.goto(url);
  await p2.waitForSelector("body[data-ready='1']");
  assert.equal(await p2.locator("select[name=oblast]").inputValue(), "Kharkiv Oblast");
  const oblasts = await p2.locator("#events tbody tr td:nth-child(4)").allTextContents();
  assert.ok(oblasts.length > 0 && oblasts.every(o => o === "Kharkiv Oblast"), `rows outside Kharkiv Oblast: ${oblasts}`);
  await p2.close();
});

test("report text containing <script> is shown as text, never run", async () => {
  const text = "Russian forces shelled Nikopol <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> overnight, killing two people.";
  const r = await fetch(`${base}/api/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text, published: "2024-03-05", source: "<b>xss</b>-test" }),
  });
  assert.equal(r.status, 201);
  const { event_ids } = await r.json();
  assert.ok(event_ids.length > 0, "the test report produced no event");
  await page.goto(`${base}/?event=${event_ids[0]}`);
  await page.waitForSelector("#detail:not([hidden]) .report", { timeout: 10000 });
  const shown = await page.locator("#detail .report").textContent();
  assert.ok(shown.includes("<script>window.__pwned=1</script>"), `script tag not shown as text: ${shown}`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "report text was executed");
  assert.equal(await page.locator("#detail script, #detail img, #detail b").count(), 0, "report markup became elements");
  assert.ok((await page.locator("#detail h3").first().textContent()).includes("<b>xss</b>-test"));
});

test("nothing was loaded from outside the server and no page errors", () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(pageErrors, []);
});
