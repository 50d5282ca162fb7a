// Browser test of the lurewatch review console.
//
// Drives Debian's chromium (never a downloaded browser) with playwright-core
// against a running `lurewatch serve` that already holds the demo cases.
// Started by `cargo test -p lurewatch --test console_browser`, which sets:
//
//   LW_URL                  http://127.0.0.1:PORT (the service)
//   LW_REVIEWER, LW_REVIEWER_PASSWORD   a plain reviewer working the queues
//                           trafficking, media_match and child_safety_urgent
//   LW_ADMIN, LW_ADMIN_PASSWORD         an admin
//   LW_ARTIFACTS            (optional) directory for failure screenshots
//   CHROMIUM                (optional) browser binary, default /usr/bin/chromium
//
// Exits non-zero on the first failed check.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const base = env("LW_URL").replace(/\/$/, "");
const reviewer = { name: env("LW_REVIEWER"), password: env("LW_REVIEWER_PASSWORD") };
const admin = { name: env("LW_ADMIN"), password: env("LW_ADMIN_PASSWORD") };
const artifacts = process.env.LW_ARTIFACTS;

const step = (text) => console.log(`• ${text}`);

// Screenshots of the main pages, for reviewing the layout (CI keeps them).
async function snapshot(page, name) {
  if (!artifacts) return;
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

async function login(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/console/queues`);
  // Not logged in: redirected to the form.
  assert.match(page.url(), /\/console\/login\?next=/);
  await page.getByLabel("User name").fill(user.name);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/console\/queues$/);
  assert.equal(await page.getByTestId("current-user").textContent(), user.name);
  return { context, page };
}

async function claimNext(page, queue) {
  await page.goto(`${base}/console/queues/${queue}`);
  await page.getByTestId("claim-next").click();
  await page.waitForURL(/\/console\/cases\/\d+$/);
  const id = Number(page.url().match(/\/cases\/(\d+)$/)[1]);
  await assert.doesNotReject(page.getByTestId("claim").getByText("(you)").waitFor());
  return id;
}

async function filterOf(locator) {
  return locator.evaluate((el) => getComputedStyle(el).filter);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
let current = null;
try {
  // ---------------------------------------------------------------- admin
  step("admin logs in and finds the child-safety case");
  const boss = await login(browser, admin);
  current = boss.page;
  await boss.page.goto(`${base}/console/queues/child_safety_urgent`);
  const childLink = boss.page.getByTestId("cases").locator("a[href*='/console/cases/']").first();
  const childHref = await childLink.getAttribute("href");
  assert.ok(childHref, "a child-safety case exists");
  await boss.page.goto(`${base}${childHref}`);
  await assert.doesNotReject(boss.page.getByTestId("child-safety").waitFor());
  const childSubject = (await boss.page.locator("h1").textContent()).split("about").pop().trim();
  assert.ok(childSubject.length > 0);

  // ------------------------------------------------------------- reviewer
  step("reviewer logs in");
  const rev = await login(browser, reviewer);
  current = rev.page;
  const page = rev.page;

  step("reviewer cannot see the child-safety case, in lists or by URL");
  await page.goto(`${base}/console/queues/child_safety_urgent`);
  assert.equal(await page.locator(`a[href='${childHref}']`).count(), 0);
  const byUrl = await page.goto(`${base}${childHref}`);
  assert.equal(byUrl.status(), 404);
  const body404 = await page.locator("body").textContent();
  assert.ok(!body404.includes(childSubject), "nothing about the case leaks");
  assert.match(body404, /No such case/);

  step("reviewer claims a trafficking case and sees the evidence highlighted");
  const traffickingCase = await claimNext(page, "trafficking");
  const marks = page.locator("mark[data-code]");
  assert.ok((await marks.count()) > 0, "evidence spans are highlighted");
  const code = await marks.first().getAttribute("data-code");
  assert.match(code, /^[A-Za-z0-9._-]+(, [A-Za-z0-9._-]+)*$/, "labelled with taxonomy codes");
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
  await snapshot(page, "case-trafficking");

  step("reviewer confirms by keyboard: c, choose the action, Ctrl+Enter");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("c");
  assert.equal(await page.locator("input[name=decision][value=confirm]").isChecked(), true);
  await page.locator("#action").selectOption("suspend");
  await page.locator("#decision-note").fill("Off-platform push and a job offer. <b>kept as text</b>");
  await page.locator("#decision-note").press("Control+Enter");
  await page.waitForURL(/\/console\/queues\?decided=/);
  assert.match(await page.getByTestId("notice").textContent(), new RegExp(`Case ${traffickingCase}: decision recorded \\(confirm\\)`));

  step("reviewer claims a media case; the image is blurred and grayscale until revealed");
  const mediaCase = await claimNext(page, "media_match");
  const img = page.getByTestId("media-img").first();
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  await snapshot(page, "case-media-blurred");
  const before = await filterOf(img);
  assert.match(before, /blur\(16px\)/);
  assert.match(before, /grayscale\(1\)/);
  await assert.doesNotReject(page.getByTestId("media-matches").first().waitFor());
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("r");
  await page.waitForFunction((el) => getComputedStyle(el).filter === "none", await img.elementHandle());
  await page.keyboard.press("r");
  await page.waitForFunction((el) => getComputedStyle(el).filter !== "none", await img.elementHandle());
  // And by click on the label.
  await page.getByText("Reveal", { exact: true }).first().click();
  await page.waitForFunction((el) => getComputedStyle(el).filter === "none", await img.elementHandle());

  step("reviewer dismisses the media case with the d shortcut");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("d");
  assert.equal(await page.locator("input[name=decision][value=dismiss]").isChecked(), true);
  await page.getByTestId("decide").click();
  await page.waitForURL(/\/console\/queues\?decided=/);

  // ------------------------------------------------------ the audit trail
  step("admin finds both decisions in the audit log");
  current = boss.page;
  await boss.page.goto(`${base}/console/audit?action=case.decide`);
  const audit = await boss.page.locator("main").textContent();
  await snapshot(boss.page, "audit");
  for (const id of [traffickingCase, mediaCase]) {
    assert.ok(audit.includes(`case:${id}`), `audit log names case ${id}`);
  }
  assert.ok(audit.includes(reviewer.name), "audit log names the reviewer");
  assert.ok(audit.includes("case.decide"));
  // The case page shows the decision and the note, inert.
  await boss.page.goto(`${base}/console/cases/${traffickingCase}`);
  const history = boss.page.getByTestId("history");
  assert.match(await history.textContent(), /confirm \(suspend\) by/);
  assert.equal(await history.locator("b").count(), 0, "HTML in notes is text");
  assert.match(await history.textContent(), /<b>kept as text<\/b>/);

  console.log("console browser test: all checks passed");
} catch (error) {
  if (artifacts && current) {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `console-failure-${Date.now()}.png`);
    await current.screenshot({ path: file, fullPage: true }).catch(() => {});
    console.error(`screenshot: ${file}`);
  }
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
