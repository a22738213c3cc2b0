// The local GraphQL IDE: a dev token for the tab, then GraphiQL over HTTP and graphql-ws (no inline script: the
// Content-Security-Policy allows scripts from this origin only).
let token = sessionStorage.getItem('leave-tracker-token') || '';
async function signIn() {
  const email = document.getElementById('email').value;
  const r = await fetch('/dev/token', {method: 'POST', headers: {'content-type': 'application/json'},
    body: JSON.stringify({email, name: email.split('@')[0]})});
  token = (await r.json()).token;
  sessionStorage.setItem('leave-tracker-token', token);
  render();
}
let root;
function render() {
  document.getElementById('who').textContent = token ? 'token set' : 'no token yet';
  const wsUrl = location.origin.replace(/^http/, 'ws') + '/graphql';
  const fetcher = GraphiQL.createFetcher({
    url: location.origin + '/graphql', headers: {Authorization: token},
    wsClient: graphqlWs.createClient({url: wsUrl, connectionParams: {authorization: token}}),
  });
  root = root || ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {fetcher, defaultQuery: '{ me { id name role orgId } }'}));
}
document.getElementById('sign-in').addEventListener('click', signIn);
render();
