// Compiled by `tsc --noEmit` only (nothing imports it): the element's JSX types must refuse these.
import type { MspSelectEvent } from 'msp-checkout';

// @ts-expect-error gateways takes ids or { id, name } objects, not a number
export const wrongGateways = <msp-checkout gateways={42} />;
// @ts-expect-error theme is light, dark or auto
export const wrongTheme = <msp-checkout theme="blue" />;
// @ts-expect-error the msp-select detail has gateway and name only
export const wrongDetail = <msp-checkout onmsp-select={(event: MspSelectEvent) => event.detail.nope} />;
export const right = <msp-checkout gateways={['IDEAL', { id: 'ALIPAY', name: 'Alipay' }]} amount={100} />;
