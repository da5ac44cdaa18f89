// help-finder/react (src/react.ts, built as dist/react.js) in React 18: see the shared tests.
import { describeReactWrapper } from './test-helpers/react-wrapper.js';

describeReactWrapper(18);
