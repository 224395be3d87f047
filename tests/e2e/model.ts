// The validated data, so tests assert what the data says the page must show.
import { readDataFiles } from '../../scripts/data-files.ts';
import { loadModel } from '../../src/lib/model/load.ts';

export const dataFiles = readDataFiles('data');
const result = loadModel(dataFiles);
if (!result.ok) throw new Error('data/ is invalid: run npm run check:data');
export const model = result.model;
