// The default theme, plus the few styles the generated pages use (message templates, parameters).
import DefaultTheme from 'vitepress/theme';
import './errcat.css';

export default DefaultTheme;
