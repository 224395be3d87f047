import { sharedBrowser } from '../e2e/browser.ts';
import { RANDOM, fuzzRun } from '../e2e/url-fuzz.ts';

fuzzRun(sharedBrowser(), { name: 'random values on the diagram pages', seed: 1, count: 120, make: RANDOM.diagram, notices: 50 });
