/**
 * @module report/html.browser.test — the HTML report in a real browser (Debian's Chromium through
 * playwright-core): it renders without errors or blocked loads, and a click on a piece of evidence
 * scrolls to the words it rests on and marks them (`fixtures/browser.ts` says when it is skipped).
 */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { SEEDS, tempDir } from '../ingest/fixtures/helpers.js'
import { analyze } from '../rashomon.js'
import { CHROMIUM, CHROMIUM_ARGS, NO_BROWSER } from './fixtures/browser.js'
import { renderHtml } from './html.js'


describe('the HTML report in Chromium', { skip: NO_BROWSER }, () => {
  let browser: Browser
  let page = ''
  let cleanup: () => Promise<void> = async () => {}

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const { dir, cleanup: remove } = await tempDir()
    cleanup = remove
    page = join(dir, 'report.html')
    await writeFile(page, renderHtml(await analyze([...SEEDS])))
  })
  after(async () => {
    await browser?.close()
    await cleanup()
  })

  test('renders with no error, no blocked load, and the articles side by side', async () => {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const problems: string[] = []
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()) })
    tab.on('pageerror', (e) => problems.push(e.message))
    await tab.goto(pathToFileURL(page).href)
    assert.deepEqual(problems, [])
    const [a, b] = await Promise.all(['#article-A', '#article-B'].map((s) => tab.locator(s).boundingBox()))
    assert.ok(a && b && Math.abs(a.y - b.y) < 1 && b.x > a.x + a.width - 1, 'B stands right of A')
    await tab.close()
  })

  test('a click on evidence in a verdict brings its words into view, marked', async () => {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await tab.goto(pathToFileURL(page).href)
    const link = tab.locator('.verdict.contested a[href^="#ev-"]').first()
    const target = (await link.getAttribute('href'))!
    await link.click()
    const words = tab.locator(`${target} + span`)
    assert.equal(new URL(tab.url()).hash, target)
    assert.ok(await words.isVisible())
    const box = await words.boundingBox()
    assert.ok(box && box.y >= 0 && box.y + box.height <= 900, `in view: ${JSON.stringify(box)}`)
    // The page's own style marks the target (the test's tsconfig has no DOM types, so the expression is a string).
    assert.equal(await tab.evaluate(`getComputedStyle(document.querySelector('${target} + span')).outlineStyle`), 'solid')
    await tab.close()
  })
})
