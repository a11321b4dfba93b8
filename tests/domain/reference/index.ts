/**
 * A frozen copy of the rules engine as it was before the speed work (commit d5eb58d),
 * kept only so tests can prove the live engine still gives byte-identical answers.
 * Never edit these files to make a test pass: a difference is a change in results.
 */
export { evaluateCredential, evaluatePortfolio } from './evaluate';
