import { sharedBrowser } from '../e2e/browser.ts';
import { RANDOM, fuzzRun } from '../e2e/url-fuzz.ts';

fuzzRun(sharedBrowser(), { name: 'random values on the embed', seed: 2, count: 70, make: RANDOM.embed, notices: 20 });
