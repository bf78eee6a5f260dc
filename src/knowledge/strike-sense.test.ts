/** @module knowledge/strike-sense.test — walkouts told apart from armed strikes. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isWalkout } from './strike-sense.js'

/** Whether the first "strik…" word of `text` reads as a walkout. */
function walkout(text: string): boolean {
  const m = /\bstr(?:ik|uck)\w*/iu.exec(text)
  assert.ok(m, text)
  return isWalkout(text, m.index, m.index + m[0].length)
}

test('labour strikes are walkouts', () => {
  for (const text of [
    'Bus drivers in Lenport went on strike on Friday.',
    'The cleaners have been on strike since June.',
    'Striking porters gathered at the gates of the depot.',
    'A strike by 3,000 postal workers closed sorting offices.',
    'The union announced a strike ballot of its members.',
    'Members voted to strike over pay.',
    'The dockers\' strike entered its third week.',
    'Teachers will strike next month.',
    'They staged a 24-hour strike at the plant.',
    'Commuters braced for strike chaos.',
    'Hundreds of cleaners walked out of offices in Lenport on Monday in the longest strike the city has seen.',
    'The strike, the union said, would last a week.',
  ]) assert.ok(walkout(text), text)
})

test('armed strikes and other senses are not walkouts', () => {
  for (const text of [
    'An air strike hit the bridge on Sunday.',
    'The drone strike on the convoy killed four fighters.',
    'Missiles struck the harbour overnight.',
    'The army said the strike on the depot destroyed rocket launchers.',
    'Rebels vowed to strike back.',
    'The resemblance is striking.',
    'The European Union condemned the strike on the hospital.',
    'Workers walked out. The strike on the depot came an hour later.',
  ]) assert.ok(!walkout(text), text)
})
