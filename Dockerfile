# syntax=docker/dockerfile:1
# Build: the SDK image restores and publishes the bot.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Bot/Bot.csproj src/Bot/
RUN dotnet restore src/Bot/Bot.csproj
COPY src/ src/
RUN dotnet publish src/Bot/Bot.csproj --configuration Release --no-restore --output /app

# Run: the ASP.NET runtime (the webhook listener needs it), a non-root user, the LiteDB file on /data.
# Charts (status, risk profile) are drawn by ScottPlot/SkiaSharp, which needs fontconfig and a font with Cyrillic.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libfontconfig1 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app bot \
    && mkdir -p /data && chown bot:bot /data
WORKDIR /app
COPY --from=build /app ./
ENV Storage__DataDirectory=/data \
    DOTNET_gcServer=0
VOLUME ["/data"]
USER bot
# Webhook mode listens here (Telegram__WebhookListenUrl, Max__WebhookListenUrl); polling mode needs no port.
EXPOSE 8080 8081
# The host stops within 20 s (BotApp.ShutdownTimeout); give the container longer:
#   docker run --stop-timeout 30 …   or   stop_grace_period: 30s in compose (see docker-compose.yml).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "SchoolSupport.Bot.dll"]
