// A new script.csx: the class shape the platform requires (connectors.md 2.6: a class named Script
// deriving from ScriptBase, overriding ExecuteAsync), forwarding each request unchanged through
// Context.SendAsync, the way Microsoft's documentation starts. Line endings are the editor's.
export const SCRIPT_TEMPLATE = `public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        // Context.OperationId names the operation being run; Context.Request is the request the
        // connector built. Send requests with Context.SendAsync (not your own HttpClient).
        var response = await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);

        // Change the response here, for example:
        // var body = JObject.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        // response.Content = CreateJsonContent(body.ToString());
        return response;
    }
}
`;
