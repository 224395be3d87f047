import { sharedBrowser } from '../e2e/browser.ts';
import { RANDOM, fuzzRun } from '../e2e/url-fuzz.ts';

fuzzRun(sharedBrowser(), { name: 'random values on the data-check page', seed: 4, count: 40, make: RANDOM.preview, notices: 10 });
