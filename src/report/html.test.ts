/** @module report/html.test — the HTML report: self-contained, escaped, and every evidence link lands on its words. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { parseHTML } from 'linkedom'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { analyzeTexts } from '../rashomon.js'
import { esc, renderHtml } from './html.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'report', 'fixtures', name), 'utf8') })
const result = analyzeTexts([read('markup-a.txt'), read('markup-b.txt')])
const html = renderHtml(result)
const { document } = parseHTML(html)

describe('renderHtml', () => {
  test('is one page that loads nothing and runs nothing', () => {
    assert.match(html, /^<!doctype html>/u)
    assert.equal(document.querySelectorAll('script, link, img, iframe, object').length, 0)
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
    assert.equal(policy, "default-src 'none'; style-src 'unsafe-inline'")
  })

  test('article text that looks like markup stays text', () => {
    assert.doesNotMatch(html, /<script>alert/u)
    const text = document.querySelector('#article-A .text')?.textContent ?? ''
    assert.match(text, /the <script>alert\(1\)<\/script> gate \| \*side\* door/u)
    assert.equal(esc(`"a" <b> & 'c'`), '&#34;a&#34; &#60;b&#62; &#38; &#39;c&#39;')
  })

  test('each article shows its whole text, in order, however its highlights overlap', () => {
    for (const a of result.articles) {
      assert.equal(document.querySelector(`#article-${a.article.id} .text`)?.textContent, a.article.text)
    }
  })

  test('an attribution is highlighted as source, cue and content, titled with its speaker', () => {
    const b = document.querySelector('#article-B .text')!
    const said = [...b.querySelectorAll('span.cue')].map((s) => s.textContent)
    assert.ok(said.includes('said'), said.join(', '))
    const content = [...b.querySelectorAll('span.content')].map((s) => s.textContent).join('')
    assert.match(content, /the attack was not terrorism/u)
    assert.ok([...b.querySelectorAll('span.source')].some((s) => /Norwegian police/u.test(s.textContent ?? '') && /source: /u.test(s.getAttribute('title') ?? '')))
  })

  test('every evidence link lands on an anchor at the start of its words', () => {
    const links = [...document.querySelectorAll('main section a[href^="#ev-"]')]
    assert.ok(links.length >= 4, `${links.length} links`)
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1)
      const anchor = document.getElementById(id)
      assert.ok(anchor, `anchor ${id}`)
      const [, articleId, start, end] = /^ev-(.+)-(\d+)-(\d+)$/u.exec(id)!
      const article = result.articles.find((a) => a.article.id === articleId)!
      const words = article.article.text.slice(Number(start), Number(end))
      let following = ''
      for (let node = anchor.nextSibling; node && following.length < words.length; node = node.nextSibling) following += node.textContent ?? ''
      assert.ok(following.startsWith(words), `${id}: "${following.slice(0, 40)}" starts with "${words}"`)
    }
  })

  test('verdicts are tables under their status, with the contested first', () => {
    const headings = [...document.querySelectorAll('section[id^="story-"] h3')].map((h) => h.textContent ?? '')
    assert.ok(headings.some((h) => h.startsWith('Agreed')), headings.join(' / '))
    const killed = [...document.querySelectorAll('.verdict.agreed h4')].map((h) => h.textContent)
    assert.ok(killed.includes('= killed (security staff)'), killed.join(', '))
    assert.ok(document.querySelector('.verdict td mark'), 'the evidence words are marked in the quoted sentence')
  })

  test('the navigation names only the sections the page has', () => {
    const ids = [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href')!.slice(1))
    for (const id of ids) assert.ok(document.getElementById(id), id)
  })

  test('text holding the private-use characters used as marks cannot turn the marks around', () => {
    const odd = analyzeTexts([{ name: 'a.txt', text: 'date 2023-03-01\nA gunman \u{E001}killed two guards\u{E000} in Oslo on Monday, police said.' }])
    const page = parseHTML(renderHtml(odd)).document
    for (const mark of page.querySelectorAll('mark')) assert.doesNotMatch(mark.innerHTML, /<|\u{E000}|\u{E001}/u)
    assert.equal(renderHtml(odd).split('<mark>').length, renderHtml(odd).split('</mark>').length)
  })

  test('brief: no article text, and evidence quoted without links', () => {
    const brief = parseHTML(renderHtml(result, { brief: true })).document
    assert.equal(brief.querySelectorAll('.text').length, 0)
    assert.equal(brief.querySelectorAll('a[href^="#ev-"]').length, 0)
    assert.ok(brief.querySelectorAll('.verdict li').length > 0)
  })
})
