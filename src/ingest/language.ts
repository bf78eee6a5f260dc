/** @module ingest/language — detect an article's language so non-English text is not analysed as English. */
import { francAll } from 'franc-min'

/** Shortest text for which a language guess is worth making. */
const MIN_CHARS = 40
/** Fewest words for a language guess. */
const MIN_WORDS = 15

/** Returns the ISO 639-3 code of the text's language ("und" when too short to tell). Pure. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000)
  // Too few words to tell a language apart reliably: franc mistakes short English for Sundanese or Scots.
  if (sample.replace(/[\s\d\p{P}]/gu, '').length < MIN_CHARS || (sample.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) return 'und'
  const ranked = francAll(sample, { minLength: MIN_CHARS })
  const top = ranked[0]
  if (!top || top[0] === 'und') return 'und'
  // franc confuses English with close languages on short or name-heavy text: keep English when it is a near second.
  const english = ranked.find(([code]) => code === 'eng')
  if (english && english[1] >= 0.9) return 'eng'
  return top[0]
}

const NAMES: Record<string, string> = {
  eng: 'English', deu: 'German', fra: 'French', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch',
  rus: 'Russian', ukr: 'Ukrainian', pol: 'Polish', tur: 'Turkish', arb: 'Arabic', pes: 'Persian', cmn: 'Chinese',
  jpn: 'Japanese', kor: 'Korean', hin: 'Hindi', ind: 'Indonesian', swe: 'Swedish', ron: 'Romanian', und: 'undetermined',
}

/** Returns a readable name for an ISO 639-3 code. Pure. */
export function languageName(code: string): string {
  return NAMES[code] ?? code
}
