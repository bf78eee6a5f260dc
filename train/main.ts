/**
 * @module train/main — `npm run train -- <name> [options]` runs `train/<name>.ts`, which trains a
 * model from `../shared/data` (or any folder laid out like it) and writes its weights under `src/`.
 */
import { dispatch } from '../bench/lib-dispatch.js'

await dispatch(import.meta.url, 'training script')
