# expect: BY_PERIOD@4
Rails.application.configure do
  config.filter_parameters += [/Logger.new\(x, 'daily'\)/, :password]
  config.logger = ::Logger.new(Rails.root.join("log/production.log"), 'daily')
end
