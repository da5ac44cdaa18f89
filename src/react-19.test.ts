// help-finder/react (src/react.ts, built as dist/react.js) in React 19: see the shared tests.
import { describeReactWrapper } from './test-helpers/react-wrapper.js';

describeReactWrapper(19);
