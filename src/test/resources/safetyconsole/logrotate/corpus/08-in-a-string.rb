# expect: clean
Rails.application.configure do
  config.x.help = "use Logger.new('log/production.log', 'daily') to rotate"
  config.x.other = 'Logger.new(path, 10, 1024)'
  config.x.doc = %q(ActiveSupport::Logger.new(file, "weekly"))
end
