import { render } from 'preact';
import { Api } from './api/client';
import { DevSession } from './auth/session';
import { loadConfig } from './config';
import { Root } from './app';
import './styles.css';

const config = await loadConfig();
Api.configure(config);
render(<Root session={new DevSession()} />, document.getElementById('app')!);
