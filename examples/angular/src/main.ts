import './element';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent, PAYMENT_ORIGINS } from './app.component';

// The shop's backend tells the page which payment origins it may be sent to (the fake's, in the tests).
const config = (await (await fetch('/api/config')).json()) as { paymentOrigins: string };

bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), { provide: PAYMENT_ORIGINS, useValue: config.paymentOrigins }],
}).catch((error: unknown) => console.error(error));
