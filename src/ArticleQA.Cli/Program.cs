using ArticleQA.Cli;

// The composition root: parse the command line, build the host, run one command.
return await CliApp.RunAsync(args);
