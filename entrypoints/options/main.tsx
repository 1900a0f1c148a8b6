import '../../src/ui/base.css';
import '../../src/options/options.css';
import { render } from 'preact';
import { OptionsPage } from '../../src/options/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
