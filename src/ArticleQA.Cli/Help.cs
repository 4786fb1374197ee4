namespace ArticleQA.Cli;

internal static class Help
{
    public static void Print() => Console.WriteLine(
        """
        articleqa — ask questions about the article in corpus/, with citations.

        usage: articleqa <command> [options]      (no command: chat)

          chat                        chat in the console (/sources, /reset, /help, /quit);
                                      with stdin piped, answers one question per line
          ask "question" [--json]     answer one question; --json prints one results item
          ingest [--force]            build the index (or load it) and report what it holds
          eval QUESTIONS.jsonl --out RESULTS.json [--report DIR]
                                      answer a question set and write results with metrics
                                      (RESULTS.json's folder must exist); --report writes
                                      DIR/report.md and DIR/report.html (DIR is created)
               [--corpus DIR]          the article(s) the set is about (default: corpus/)
               [--compare all|NAME,…]  also run other configurations (RESULTS.<name>.json)
               [--min METRIC=VALUE]…   exit 1 when a summary metric is below VALUE
               [--baseline OLD.json]   list questions that flipped and each metric's change
               [--parallel N]          answer N questions at once
               [--endpoint URL]        score a running bot through /api/messages
          eval-collection [--split FILE] [--out RESULTS.json] [--report DIR] [--leave-one-out]
                                      answer every article of tests/data/articles with its own
                                      index, beside a BM25 sentence picker; per-article and
                                      pooled metrics (validation, training, all)
          train [--split FILE] [--out MODEL.json] [--folds N] [--predictions FILE.jsonl]
                                      fit the answer ranker on the split's training articles
                                      and write the model that ships (rebuild to embed it)
               [--compare-policy T/S/N] also score out of fold at that policy, e.g. 0.32/0.9/3
               [--compare-split FILE]  also score only the training articles FILE lists
               [--without-support W]   experiment: also learn each question without its support
               [--listwise]            experiment: order candidates with a LambdaMART model
          bench [--runs N] [--out FILE]
                                      measure start-up, ingest and per-question latency
                                      (build with -c Release); --out also writes JSON
          config                      show the effective configuration (secrets masked) and
                                      check that the configured language model answers
          teams-package [--out FILE] [--bot-id GUID]
                                      write the Teams app package (manifest.json and icons) to
                                      sideload; the bot id defaults to MicrosoftAppId
          help                        this text

        Configuration: appsettings.json, environment variables (ArticleQA__Section__Key),
        user secrets. Output to a pipe or file is plain text: no colours, no wrapping.
        Exit codes: 0 success, 1 failure, 2 bad usage or input.
        """);
}
