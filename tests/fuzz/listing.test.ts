import { sharedBrowser } from '../e2e/browser.ts';
import { RANDOM, fuzzRun } from '../e2e/url-fuzz.ts';

fuzzRun(sharedBrowser(), { name: 'random values on the catalogue and the timeline', seed: 3, count: 100, make: RANDOM.listing });
