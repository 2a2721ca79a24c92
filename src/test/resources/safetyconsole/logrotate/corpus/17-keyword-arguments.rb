# expect: BY_PERIOD@3
Rails.application.configure do
  config.logger = Logger.new("log/production.log", shift_age: "daily", level: :info)
end
