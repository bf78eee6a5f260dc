/**
 * @module serve/app.browser.test — the web app in Debian's Chromium: paste one article, upload
 * another, compare, and read the report (`report/fixtures/browser.ts` says when it is skipped).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, NO_BROWSER } from '../report/fixtures/browser.js'
import { listen, type RunningServer } from './server.js'

const OSLO = 'date 2024-03-01\nA gunman attacked the Danish embassy in Oslo on February 27, killing two guards. Norwegian police said the attack was not terrorism.'
const BERGEN = 'date 2024-03-02\nA man opened fire at the Danish embassy in Oslo on February 27, killing two guards. The minister called it an act of terror.'

describe('the web app in Chromium', { skip: NO_BROWSER }, () => {
  let browser: Browser
  let server: RunningServer

  before(async () => {
    server = await listen({ port: 0 })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })
  after(async () => {
    await browser?.close()
    await server?.close()
  })

  test('paste one article, upload another, compare: the report shows both and what they agree on', async () => {
    const tab = await browser.newPage()
    const problems: string[] = []
    tab.on('pageerror', (e) => problems.push(e.message))
    tab.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()) })
    await tab.goto(server.url)
    await tab.fill('#text', OSLO)
    await tab.setInputFiles('#files', { name: 'bergen.txt', mimeType: 'text/plain', buffer: Buffer.from(BERGEN) })
    await tab.selectOption('select[name=split]', 'files')
    await Promise.all([tab.waitForURL(/\/report$/u), tab.click('button[type=submit]')])
    assert.equal(await tab.locator('article').count(), 2)
    assert.match(await tab.locator('#article-A .details').innerText(), /from bergen\.txt/u)
    const agreed = await tab.locator('.verdict.agreed h4').allInnerTexts()
    assert.ok(agreed.some((h) => /killed/u.test(h)), agreed.join(' | '))
    assert.deepEqual(problems, [])
    await tab.close()
  })

  test('an empty form comes back as a page that says what is missing', async () => {
    const tab = await browser.newPage()
    await tab.goto(server.url)
    const [response] = await Promise.all([tab.waitForResponse(/\/report$/u), tab.click('button[type=submit]')])
    assert.equal(response.status(), 400)
    assert.match(await tab.locator('body').innerText(), /nothing to compare/u)
    await tab.close()
  })
})
