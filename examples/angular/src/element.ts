// Registers <msp-checkout> (replaced by no-element.ts in the `no-element` build, to measure what it adds).
import 'msp-checkout';
