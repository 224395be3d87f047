import { mount } from 'svelte';
import '../app.css';
import { OFFLINE_DATA_ID, type OfflineData } from '$lib/export/offline-data';
import OfflineDiagram from './OfflineDiagram.svelte';

// The data is JSON in a non-executed script element (src/lib/export/html.ts): parsed, never run.
const data = JSON.parse(document.getElementById(OFFLINE_DATA_ID)!.textContent!) as OfflineData;
mount(OfflineDiagram, { target: document.body, props: { data } });
