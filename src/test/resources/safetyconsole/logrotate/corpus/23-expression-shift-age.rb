# expect: BY_EXPRESSION@4
Rails.application.configure do
  keep = ENV.fetch("LOG_KEEP", 5).to_i
  config.logger = Logger.new("log/production.log", keep, 10.megabytes)
end
