import { createApp } from 'vue';
import App from './App.vue';

// The shop's backend tells the page which payment origins it may be sent to (the fake's, in the tests).
const config = (await (await fetch('/api/config')).json()) as { paymentOrigins: string };

createApp(App, { paymentOrigins: config.paymentOrigins }).mount('#app');
