import { mount } from 'svelte';
import App from './App.svelte';

// The shop's backend tells the page which payment origins it may be sent to (the fake's, in the tests).
const config = (await (await fetch('/api/config')).json()) as { paymentOrigins: string };

mount(App, { target: document.getElementById('app')!, props: { paymentOrigins: config.paymentOrigins } });
