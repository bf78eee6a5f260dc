/** @module knowledge/word-clusters.test — the packed cluster file and the class paths read from it. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { assertSameWordClasses, decodeClusters, encodeClusters, wordClassesSignature, wordClassPath, wordClusters } from './word-clusters.js'

test('clusters survive packing, and a word gets its leaf with the leaf\'s prefixes', () => {
  const packed = encodeClusters(['said', 'told', 'brutal'], [0, 1, 1023])
  const map = decodeClusters({ model: 'word-clusters', trainedOn: {}, ...packed })
  assert.deepEqual([...map], [['said', 0], ['told', 1], ['brutal', 1023]])
  assert.deepEqual(wordClassPath('told', map), ['0', '0.0', '0.0.1'])
  assert.deepEqual(wordClassPath('brutal', map), ['15', '15.15', '15.15.3'])
  assert.deepEqual(wordClassPath('unseen', map), [])
})

test('a file of the wrong shape is refused with the command that rebuilds it', () => {
  assert.throws(() => decodeClusters({ model: 'word-clusters', words: 'a b', leaves: '00' }), /npm run train -- clusters/)
  assert.throws(() => decodeClusters(null), /npm run train -- clusters/)
})

test('the committed clusters put words of one meaning together and keep unrelated ones apart', () => {
  const clusters = wordClusters()
  assert.ok(clusters.size >= 50000)
  const leaf = (w: string): string | undefined => wordClassPath(w, clusters)[2]
  const coarse = (w: string): string | undefined => wordClassPath(w, clusters)[0]
  assert.equal(leaf('monday'), leaf('tuesday'))
  assert.equal(coarse('horrific'), coarse('disgusting'))
  assert.notEqual(coarse('horrific'), coarse('tuesday'))
})

test('a model trained on other word classes is refused with the command that retrains it', () => {
  assert.match(wordClassesSignature(), /^[0-9a-f]{8}$/)
  assert.doesNotThrow(() => assertSameWordClasses({ trainedOn: { wordClasses: wordClassesSignature() } }, 'x.json', 'npm run train -- x'))
  assert.throws(() => assertSameWordClasses({ trainedOn: { wordClasses: '00000000' } }, 'x.json', 'npm run train -- x'), /x\.json was trained on other word classes.*npm run train -- x/)
  assert.throws(() => assertSameWordClasses({}, 'x.json', 'npm run train -- x'), /npm run train -- x/)
  assert.throws(() => encodeClusters(['a'], [1024]), /no leaf/)
})
