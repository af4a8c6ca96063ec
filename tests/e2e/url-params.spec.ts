// Links are untrusted input. Every page and embed that reads URL parameters, given hostile ones,
// falls back to the default for each rejected parameter with a notice naming it, and never puts the
// raw value in the page.

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SCRIPT = encodeURIComponent("<script>alert(1)</script>");

interface HostileLink {
  url: string;
  /** What the notice must say, one entry per rejected parameter. */
  notices: string[];
  /** The page shows its default view. */
  showsDefaults: (page: Page) => Promise<void>;
}

const HOSTILE_LINKS: HostileLink[] = [
  {
    url: `/survival?measure=${SCRIPT}&stage=bogus`,
    notices: ["“measure” setting was not recognised", "“stage” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("bar")).toHaveCount(4),
  },
  {
    url: `/prevalence?wording=${SCRIPT}&period=bogus`,
    notices: ["“wording” setting was not recognised", "“period” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByRole("radio", { name: "Plain language" })).toBeChecked(),
  },
  {
    url: `/treatments?class=${SCRIPT}&population=her2-null`,
    notices: ["“class” setting was not recognised", "“population” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("approval-mark")).toHaveCount(20),
  },
  {
    url: `/testing?ihc=2%2B&ratio=${SCRIPT}&copies=4`,
    notices: ["The link's “ratio” value could not be used"],
    // A case is answered field by field: the rejected ratio is left blank, the valid answers stay.
    showsDefaults: async (page) => {
      await expect(page.getByLabel("HER2/CEP17 ratio", { exact: true })).toHaveValue("");
      await expect(page.getByLabel("Average HER2 copies per cell")).toHaveValue("4");
      await expect(page.getByRole("radio", { name: /IHC 2\+/ })).toBeChecked();
    },
  },
  {
    url: `/present?theme=${SCRIPT}&slide=999`,
    notices: ["“theme” setting was not recognised", "“slide” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("slide-position")).toHaveText("1 / 5"),
  },
  {
    url: `/embed/survival?measure=${SCRIPT}`,
    notices: ["“measure” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("bar")).toHaveCount(4),
  },
  {
    url: `/embed/compare?compare=${SCRIPT}`,
    notices: ["“compare” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("compare-sentence")).toContainText("HR−/HER2+"),
  },
  {
    url: `/embed/prevalence?wording=${SCRIPT}&period=bogus&races=${SCRIPT}`,
    notices: ["“wording” setting was not recognised", "“period” setting was not recognised", "“races” setting was not recognised"],
    // Plain wording, the default, names each subtype under its label.
    showsDefaults: (page) => expect(page.locator(".chart-sublabel")).toContainText(["triple-negative"]),
  },
  {
    url: `/embed/subtypes?view=${SCRIPT}`,
    notices: ["“view” setting was not recognised"],
    showsDefaults: (page) => expect(page.getByTestId("subtype-matrix").locator("td[data-subtype]")).toHaveCount(4),
  },
  {
    url: `/embed/testing?ihc=2%2B&ratio=${SCRIPT}`,
    notices: ["The link's “ratio” value could not be used"],
    // Without the ratio the case is IHC 2+ alone: the path stops where ISH is needed, no result.
    showsDefaults: async (page) => {
      await expect(page.locator('[data-node="ihc-2"][data-on-path=true]').first()).toBeVisible();
      await expect(page.locator('[data-on-path=true][data-node^="group-"]')).toHaveCount(0);
    },
  },
];

for (const { url, notices, showsDefaults } of HOSTILE_LINKS) {
  test(`${url.split("?")[0]} given hostile parameters shows its defaults with a notice`, async ({ page, consoleErrors }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    // The server's HTML may carry the URL only percent-encoded (Next's own router state), never raw.
    expect(await response!.text()).not.toContain("<script>alert(1)");
    for (const notice of notices) await expect(page.getByTestId("url-notice")).toContainText(notice);
    await showsDefaults(page);
    await page.waitForLoadState("networkidle");
    expect(await page.content()).not.toContain("<script>alert(1)");
    // The text a reader sees: textContent would also read the page's own scripts.
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
    expect(await page.locator("body").innerText()).not.toContain("alert(");
    expect(consoleErrors).toEqual([]);
  });
}

// A valid link: the embed takes the same parameters as its page, and its way back keeps them.
test("/embed/prevalence takes the page's parameters and links back to the same view", async ({ page }) => {
  await page.goto("/embed/prevalence?wording=details&period=2016-2020");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
  await expect(page.getByTestId("bar")).toHaveCount(5);
  await expect(page.locator(".chart-sublabel")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", "/prevalence?period=2016-2020&wording=details");
});

test("/embed/subtypes without parameters shows no notice", async ({ page }) => {
  await page.goto("/embed/subtypes");
  await expect(page.getByTestId("subtype-matrix")).toBeVisible();
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", "/subtypes");
});
