import '../../src/ui/base.css';
import '../../src/popup/popup.css';
import { render } from 'preact';
import { Popup } from '../../src/popup/Popup';

render(<Popup />, document.getElementById('app')!);
