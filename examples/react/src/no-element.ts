// The same app without the element, to measure what it adds (npm run bench:frameworks).
export {};
